#include "api/restrequest.h"

#include "api/profileapi.h"

#include <QJsonDocument>

RestRequest RestRequest::build(
    const ApiTarget &target, const QString &command, const QJsonObject &body, quint32 random)
{
    RestRequest request;
    request.random = random;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    QUrl url = target.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + ProfileApi::path(command));
    // Built by hand rather than with QUrlQuery, which leaves '+' and other sub-delimiters
    // unencoded (servers may read '+' as a space): the identifier must arrive byte-exact, so
    // everything outside the unreserved set is percent-encoded. '*' stays literal in the UserSig
    // because Tencent's URL-safe alphabet uses it.
    const QByteArray query = "sdkappid=" + QByteArray::number(target.sdkAppId)
        + "&identifier=" + QUrl::toPercentEncoding(target.identifier)
        + "&usersig=" + QUrl::toPercentEncoding(target.userSig, "*") + "&random=" + QByteArray::number(random)
        + "&contenttype=json";
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    request.url = url;
    return request;
}
