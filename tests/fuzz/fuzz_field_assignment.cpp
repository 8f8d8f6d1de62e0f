// `chat-profile set --set TAG=VALUE` input is anything a user or a script types: parsing must not
// crash, and whatever it accepts must pass the same check the GUI and the Sandbox apply, with the
// JSON type the schema demands.
#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const FieldValidator::Parsed parsed = FieldValidator::parseAssignment(text);
    if (parsed.check.isInvalid()) {
        if (parsed.check.message.isEmpty()) {
            std::abort(); // every refusal says why
        }
        return 0;
    }
    if (FieldValidator::check(parsed.tag, parsed.value).isInvalid()) {
        std::abort(); // accepted here, refused there: the two paths disagree
    }
    if (const FieldSpec *spec = FieldSchema::standardField(parsed.tag)) {
        const bool wantNumber = spec->type == ValueType::UInt32;
        if (wantNumber != parsed.value.isDouble() || (!wantNumber && !parsed.value.isString())) {
            std::abort(); // the wire type follows the schema
        }
    }
    return 0;
}
