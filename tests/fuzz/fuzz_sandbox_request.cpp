// A request body is untrusted bytes from any client: the Sandbox must answer every one with a
// well-formed REST envelope, never crash, and never store anything when it answers an error.
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxservice.h"
#include "usersig/usersig.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

constexpr qint64 kNow = 1700000000;

const QUrlQuery &validQuery()
{
    static const QUrlQuery query = [] {
        const SandboxDemo &demo = SandboxDemo::get();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("sdkappid"), QString::number(demo.config.sdkAppId));
        q.addQueryItem(QStringLiteral("identifier"), demo.admin);
        q.addQueryItem(QStringLiteral("usersig"),
            UserSig::generate(demo.config.sdkAppId, demo.admin, demo.config.secretKey, 86400, kNow));
        q.addQueryItem(QStringLiteral("random"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("contenttype"), QStringLiteral("json"));
        return q;
    }();
    return query;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    SandboxConfig config = SandboxDemo::get().config;
    config.clock = [] { return kNow * 1000; };
    config.rateLimitPerSecond = 1 << 30;
    SandboxStore store = SandboxDemo::get().store;
    const qsizetype accountsBefore = store.accountCount();
    SandboxService service(config, store);

    SandboxService::Call call;
    // The first byte picks the command, the rest is the body.
    call.path = (data[0] & 1) ? QStringLiteral("/v4/profile/portrait_set")
                              : QStringLiteral("/v4/profile/portrait_get");
    call.query = validQuery();
    call.body = QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const SandboxService::Answer answer = service.handle(call);

    const QJsonObject &body = answer.body;
    const QString status = body.value(QLatin1String("ActionStatus")).toString();
    const QJsonValue code = body.value(QLatin1String("ErrorCode"));
    if (!code.isDouble() || !body.contains(QLatin1String("ErrorInfo"))
        || !body.contains(QLatin1String("ErrorDisplay"))) {
        std::abort(); // the envelope is always complete
    }
    if ((status == QLatin1String("OK")) != (code.toInt() == 0)) {
        std::abort();
    }
    if (code.toInt() != 0 && answer.storeChanged) {
        std::abort(); // an error never writes
    }
    if (store.accountCount() != accountsBefore) {
        std::abort(); // the API never creates accounts
    }
    return 0;
}
