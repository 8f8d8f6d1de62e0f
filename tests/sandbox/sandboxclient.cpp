#include "sandboxclient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>

int SandboxClient::Result::errorCode() const
{
    return json.value(QStringLiteral("ErrorCode")).toInt(-1);
}

SandboxClient::SandboxClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{ }

QUrlQuery SandboxClient::query(quint64 sdkAppId, const QString &identifier, const QString &userSig)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sdkappid"), QString::number(sdkAppId));
    query.addQueryItem(QStringLiteral("identifier"), identifier);
    query.addQueryItem(QStringLiteral("usersig"), userSig);
    query.addQueryItem(QStringLiteral("random"), QStringLiteral("99999999"));
    query.addQueryItem(QStringLiteral("contenttype"), QStringLiteral("json"));
    return query;
}

QUrl SandboxClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    return url;
}

SandboxClient::Result SandboxClient::post(const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    return send(QByteArrayLiteral("POST"), url(path, query), body);
}

SandboxClient::Result SandboxClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return collect(m_network.sendCustomRequest(request, method, body));
}

QNetworkReply *SandboxClient::start(const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    QNetworkRequest request(url(path, query));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_network.post(request, body);
}

SandboxClient::Result SandboxClient::collect(QNetworkReply *rawReply)
{
    const std::unique_ptr<QNetworkReply> reply(rawReply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(20000);
    }
    Result result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    result.isJson = parseError.error == QJsonParseError::NoError && document.isObject();
    result.json = document.object();
    return result;
}
