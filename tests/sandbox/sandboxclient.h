#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

// A real HTTP client for the Sandbox tests: one blocking call over loopback, the way any client
// of the REST API would make it.
class SandboxClient final
{
public:
    struct Result
    {
        int httpStatus = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QJsonObject json; // empty unless the body is a JSON object
        bool isJson = false;

        int errorCode() const;
    };

    explicit SandboxClient(QUrl baseUrl);

    // The query a REST call carries: sdkappid, identifier, usersig, random, contenttype.
    static QUrlQuery query(quint64 sdkAppId, const QString &identifier, const QString &userSig);
    QUrl url(const QString &path, const QUrlQuery &query) const;

    Result post(const QString &path, const QUrlQuery &query, const QByteArray &body);
    Result send(const QByteArray &method, const QUrl &url, const QByteArray &body);
    // Starts a call without waiting for it (for many clients at once).
    QNetworkReply *start(const QString &path, const QUrlQuery &query, const QByteArray &body);
    static Result collect(QNetworkReply *reply);

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
