// Pasted UserSigs are untrusted text: decoding any byte string must neither crash nor misbehave,
// must give either content or a reason, and whatever decodes must survive verify and re-signing.
#include "usersig/usersig.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sig = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const UserSig::Decoded decoded = UserSig::decode(sig);
    if (decoded.content.has_value() == !decoded.error.isEmpty()) {
        std::abort(); // exactly one of content and reason
    }

    const QByteArray key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    const UserSig::Check check
        = UserSig::verify(sig, 1400000000, QStringLiteral("administrator"), key, 1700000000);
    if ((check.verdict == UserSigVerdict::Malformed) == decoded.content.has_value()) {
        std::abort(); // verify and decode disagree on what is readable
    }
    if (!decoded.content) {
        return 0;
    }

    const UserSigContent &content = *decoded.content;
    const QString resigned
        = UserSig::generate(content.sdkAppId, content.identifier, key, content.expire, content.time);
    if (UserSig::verify(resigned, content.sdkAppId, content.identifier, key, content.time).verdict
        != UserSigVerdict::Valid) {
        std::abort(); // what we read, we can sign again
    }
    return 0;
}
