#include "jobs/profilevalues.h"

#include "profile/fieldschema.h"

#include <cmath>
#include <optional>

namespace {

std::optional<double> asNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number)) {
            return number;
        }
    }
    return std::nullopt;
}

bool isNumberField(const QString &tag)
{
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
    return spec && spec->type == ValueType::UInt32;
}

} // namespace

bool ProfileValues::holds(const QString &tag, const QJsonValue &stored, const QJsonValue &wanted)
{
    if (isNumberField(tag)) {
        const std::optional<double> want = asNumber(wanted);
        const std::optional<double> have
            = stored.isUndefined() ? std::optional<double>(0.0) : asNumber(stored);
        return want && have ? *want == *have : stored == wanted;
    }
    if (stored.isUndefined()) {
        // Not returned: empty text, or a choice's documented default (Gender_Type_Unknown).
        const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
        return wanted.isString() && (wanted.toString().isEmpty() || (spec && wanted == spec->unsetValue()));
    }
    if (stored.isString() && wanted.isString()) {
        return stored.toString() == wanted.toString();
    }
    return stored == wanted;
}
