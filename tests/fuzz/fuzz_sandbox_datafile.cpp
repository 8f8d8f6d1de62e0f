// A Sandbox data file may be damaged or hand-edited: merging it either fails with a reason and
// leaves the store as it was, or succeeds and saves back into a file that loads the same.
#include "sandbox/sandboxstore.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    SandboxStore store;
    store.addAccount(QStringLiteral("existing"));
    const QByteArray before = store.toJson();
    QString error;
    if (!store.mergeJson(json, &error)) {
        if (error.isEmpty() || store.toJson() != before) {
            std::abort(); // a refusal says why and changes nothing
        }
        return 0;
    }
    SandboxStore reloaded;
    QString reloadError;
    if (!reloaded.mergeJson(store.toJson(), &reloadError) || reloaded.toJson() != store.toJson()) {
        std::abort(); // what we save, we can load again unchanged
    }
    return 0;
}
