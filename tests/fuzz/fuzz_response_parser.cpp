// Server answers are untrusted bytes: parsing any of them must neither crash nor misbehave, must
// give either an envelope or a reason, and must never call a non-answer a success.
#include "api/responseparser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ParsedResponse parsed = ParsedResponse::parse(body);
    if (parsed.valid == !parsed.problem.isEmpty()) {
        std::abort(); // exactly one of envelope and reason
    }
    if (!parsed.valid && (parsed.isOk() || !parsed.users.isEmpty() || !parsed.failAccounts.isEmpty())) {
        std::abort(); // nothing is read out of a body that is not an answer
    }
    if (parsed.isOk() && (parsed.actionStatus != QLatin1String("OK") || parsed.errorCode != 0)) {
        std::abort();
    }
    const QString preview = bodyPreview(body);
    if (preview.isEmpty() || preview.size() > 210) {
        std::abort(); // error messages quote a short, printable excerpt
    }
    return 0;
}
