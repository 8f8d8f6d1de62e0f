#include "api/regionprobe.h"

#include "api/apicall.h"
#include "api/restclient.h"
#include "errors/errorcatalogue.h"

namespace {

// One quick try each: the point is to learn where the app is, not to get through at any cost.
constexpr std::chrono::milliseconds kProbeTimeout { 5000 };

} // namespace

RegionProbe::RegionProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new RestClient(network, this))
{
    m_client->setTimeout(kProbeTimeout);
    RetryPolicy once = m_client->retryPolicy();
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
}

RegionProbe::~RegionProbe()
{
    cancel();
}

void RegionProbe::start(const QList<Candidate> &candidates)
{
    cancel();
    m_findings.clear();
    m_pending = static_cast<int>(candidates.size());
    if (candidates.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_findings); }, Qt::QueuedConnection);
        return;
    }
    for (const Candidate &candidate : candidates) {
        ApiCall *call = m_client->portraitGet(
            candidate.target, { candidate.target.identifier }, { QStringLiteral("Tag_Profile_IM_Nick") });
        m_calls.append(call);
        connect(call, &ApiCall::finished, this, [this, candidate](const ApiResult &result) {
            Finding finding;
            finding.regionId = candidate.regionId;
            finding.name = candidate.name;
            const bool answered = !result.actionStatus.isEmpty();
            finding.errorCode = answered ? result.errorCode : 0;
            if (!answered) {
                finding.verdict = Verdict::Unreachable;
            } else {
                finding.verdict = ErrorCatalogue::meansWrongRegion(result.errorCode) ? Verdict::AppUnknown
                                                                                     : Verdict::AppFound;
            }
            m_findings.append(finding);
            if (--m_pending == 0) {
                m_calls.clear();
                Q_EMIT finished(m_findings);
            }
        });
    }
}

void RegionProbe::cancel()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    m_pending = 0;
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->cancel();
        }
    }
}

QString RegionProbe::foundRegion(const QList<Finding> &findings)
{
    QString found;
    for (const Finding &finding : findings) {
        if (finding.verdict == Verdict::AppFound) {
            if (!found.isEmpty()) {
                return {};
            }
            found = finding.regionId;
        }
    }
    return found;
}
