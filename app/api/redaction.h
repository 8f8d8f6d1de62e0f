#pragma once

#include <QByteArray>
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

// Masks one UserSig wherever it shows in a text the request layer hands on (an error page that
// quotes the request line back, an ErrorInfo, Qt's error strings): as sent, decoded, or with any
// of its bytes percent-encoded in either case (a '/' also JSON-escaped), then every usersig=…
// value as Redaction::text() does. Made once per call, from the call's sig. Matched by hand, not
// by a regular expression: a pattern of every byte's spellings is kilobytes long, and compiling
// it for every answer of a 200 calls/s job held up the job's (the GUI) thread.
class UserSigMask final
{
public:
    // No UserSig is this short; masking shorter values would garble ordinary words instead.
    static constexpr qsizetype MinimumLength = 8;

    explicit UserSigMask(const QString &userSig = {});

    QString apply(const QString &text) const;
    // For bodies as received: every byte is matched as it is, whatever their encoding.
    QByteArray apply(const QByteArray &bytes) const;

private:
    QString masked(const QString &perByte) const;

    QByteArray m_userSig; // as UTF-8 bytes; empty when too short to mask
};
