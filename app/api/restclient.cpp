#include "api/restclient.h"

#include "api/endpointpolicy.h"
#include "api/profileapi.h"

#include <QNetworkAccessManager>

namespace {

QString targetProblem(const ApiTarget &target)
{
    if (const QString endpoint = EndpointPolicy::problem(target.baseUrl); !endpoint.isEmpty()) {
        return endpoint;
    }
    if (target.sdkAppId == 0) {
        return RestClient::tr("Give the app's SDKAppID.");
    }
    if (target.identifier.isEmpty()) {
        return RestClient::tr("Give the App admin identifier.");
    }
    if (target.userSig.isEmpty()) {
        return RestClient::tr("There is no UserSig: give the secret key or a ready UserSig.");
    }
    return {};
}

} // namespace

RestClient::RestClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

RestClient::~RestClient() = default;

void RestClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_settings.timeout = timeout;
}

void RestClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_settings.retry = policy;
}

ApiCall *RestClient::portraitSet(const ApiTarget &target, const QString &account, const QJsonArray &items)
{
    QString problem;
    if (account.isEmpty()) {
        problem = tr("Give the account whose profile to set.");
    } else if (items.isEmpty()) {
        problem = tr("Give at least one field to set.");
    }
    const QJsonObject body { { QStringLiteral("From_Account"), account },
        { QStringLiteral("ProfileItem"), items } };
    return startCall(
        target, QLatin1String(ProfileApi::PortraitSet), ApiCall::Effect::Write, { body }, problem);
}

ApiCall *RestClient::portraitGet(
    const ApiTarget &target, const QStringList &accounts, const QStringList &tags)
{
    QString problem;
    if (accounts.isEmpty() || accounts.contains(QString())) {
        problem = tr("Give at least one account, and no empty account IDs.");
    } else if (tags.isEmpty()) {
        problem = tr("Give at least one profile tag to read.");
    }
    QList<QJsonObject> bodies;
    for (qsizetype first = 0; first < accounts.size(); first += ProfileApi::MaxAccountsPerGet) {
        bodies.append({ { QStringLiteral("To_Account"),
                            QJsonArray::fromStringList(accounts.mid(first, ProfileApi::MaxAccountsPerGet)) },
            { QStringLiteral("TagList"), QJsonArray::fromStringList(tags) } });
    }
    return startCall(target, QLatin1String(ProfileApi::PortraitGet), ApiCall::Effect::Read, bodies, problem);
}

void RestClient::cancelAll()
{
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls) {
        call->cancel();
    }
}

ApiCall *RestClient::startCall(const ApiTarget &target, const QString &command, ApiCall::Effect effect,
    const QList<QJsonObject> &bodies, const QString &inputProblem)
{
    auto *call = new ApiCall(m_network, m_settings, target, command, effect, bodies, this);
    const QString problem = inputProblem.isEmpty() ? targetProblem(target) : inputProblem;
    if (problem.isEmpty()) {
        call->start();
    } else {
        call->refuse(problem);
    }
    return call;
}
