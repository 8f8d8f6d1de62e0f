#pragma once

#include <QString>
#include <QUrl>

struct RestRequest;

// The one place that decides how a request looks outside the network stack: every log line,
// request view and copy-as-cURL goes through here, so the UserSig is shown as *** unless the user
// explicitly asks for the full value. (The secret key never reaches the API layer at all.)
namespace Redaction {
inline constexpr QLatin1String Mask("***");

enum class UserSig { Masked, Shown };

QString url(const QUrl &url, UserSig userSig = UserSig::Masked);
// Masks usersig=… wherever it appears in free text, e.g. Qt's network error strings, which quote
// the whole URL.
QString text(const QString &text);
// A shell-ready `curl` line that repeats the request.
QString curlCommand(const RestRequest &request, UserSig userSig = UserSig::Masked);
} // namespace Redaction
