#include "profile/fieldvalidator.h"

#include "profile/fieldschema.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double UInt32Max = std::numeric_limits<quint32>::max();

FieldCheck invalid(int serverCode, const QString &message)
{
    return { FieldCheck::Invalid, serverCode, message };
}

QString compactJson(const QJsonValue &value)
{
    // QJsonDocument only wraps containers, so wrap the value and strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString choiceList(const FieldSpec &spec)
{
    QStringList entries;
    for (const FieldChoice &choice : spec.choices)
        entries.append(QStringLiteral("%1 (%2)").arg(choice.value, choice.label()));
    return entries.join(QLatin1String(", "));
}

bool isCalendarDate(quint32 yyyymmdd)
{
    const int year = int(yyyymmdd / 10000);
    const int month = int(yyyymmdd / 100 % 100);
    const int day = int(yyyymmdd % 100);
    return year >= 1000 && year <= 9999 && QDate(year, month, day).isValid();
}

FieldCheck checkUnknownTag(const QString &tag)
{
    if (FieldSchema::isStandardLookingTag(tag)) {
        return invalid(40009,
            QCoreApplication::translate("FieldValidator",
                "%1 is not a standard profile field. Check the spelling; the standard "
                "fields are: %2.")
                .arg(tag, FieldSchema::standardTags().join(QLatin1String(", "))));
    }
    return invalid(40009,
        QCoreApplication::translate("FieldValidator",
            "%1 is not a profile tag. Use a standard tag (Tag_Profile_IM_…), its short name "
            "(e.g. Nick), or a custom tag (Tag_Profile_Custom_…).")
            .arg(tag));
}

FieldCheck checkString(const FieldSpec &spec, const QJsonValue &value)
{
    if (!value.isString()) {
        return invalid(40610,
            QCoreApplication::translate(
                "FieldValidator", "%1 takes text, but the value is %2. Send it as a JSON string.")
                .arg(spec.nameInMessages(), compactJson(value)));
    }
    return FieldValidator::checkText(spec, value.toString());
}

FieldCheck checkUInt32(const FieldSpec &spec, const QJsonValue &value)
{
    if (!value.isDouble()) {
        return invalid(40610,
            QCoreApplication::translate("FieldValidator",
                "%1 takes a whole number from 0 to 4294967295 sent as a JSON number, but the "
                "value is %2.")
                .arg(spec.nameInMessages(), compactJson(value)));
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number) {
        return invalid(40610,
            QCoreApplication::translate(
                "FieldValidator", "%1 takes a whole number, but the value is %2. Remove the fraction.")
                .arg(spec.nameInMessages(), compactJson(value)));
    }
    if (number < 0 || number > UInt32Max) {
        return invalid(40605,
            QCoreApplication::translate(
                "FieldValidator", "%1 must be between 0 and 4294967295; %2 is out of range.")
                .arg(spec.nameInMessages(), compactJson(value)));
    }
    if (spec.editor == EditorKind::Date && number != 0 && !isCalendarDate(quint32(number))) {
        return invalid(40605,
            QCoreApplication::translate("FieldValidator",
                "%1 is not a calendar date. Write the birthday as YYYYMMDD, e.g. 19900521, or "
                "0 for not set.")
                .arg(compactJson(value)));
    }
    return {};
}

} // namespace

namespace FieldValidator {

qsizetype utf8Bytes(QStringView text)
{
    // Counted as QString::toUtf8() encodes, without building the bytes: a bulk plan checks the
    // length of 100,000 nicknames. A surrogate without its pair becomes one '?'.
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else if (QChar::isSurrogate(c)) {
            bytes += 1;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

FieldCheck checkText(const FieldSpec &spec, QStringView text)
{
    const qsizetype bytes = FieldValidator::utf8Bytes(text);
    if (bytes > spec.maxBytes) {
        return invalid(40601,
            QCoreApplication::translate("FieldValidator",
                "%1 is %2 bytes long in UTF-8; the server accepts at most %3. Shorten it by "
                "%4 bytes.")
                .arg(spec.nameInMessages())
                .arg(bytes)
                .arg(spec.maxBytes)
                .arg(bytes - spec.maxBytes));
    }
    if (!spec.choices.isEmpty()
        && !std::any_of(
            spec.choices.cbegin(), spec.choices.cend(), [&](const auto &c) { return c.value == text; })) {
        return invalid(40605,
            QCoreApplication::translate(
                "FieldValidator", "\"%1\" is not a valid value for %2. Choose one of: %3.")
                .arg(text, spec.nameInMessages(), choiceList(spec)));
    }
    if (spec.warningBytes > 0 && bytes > spec.warningBytes) {
        return { FieldCheck::Warning, 0,
            QCoreApplication::translate("FieldValidator", "%1 is %2 bytes long, more than %3. %4")
                .arg(spec.nameInMessages())
                .arg(bytes)
                .arg(spec.warningBytes)
                .arg(spec.warningReason()) };
    }
    return {};
}

FieldCheck checkCustomKeyword(const QString &keyword)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    static const QRegularExpression recommended(QStringLiteral("^[A-Za-z]+$"));
    if (keyword.isEmpty() || keyword.size() > FieldSchema::MaxCustomKeywordLength
        || !allowed.match(keyword).hasMatch()) {
        return invalid(40009,
            QCoreApplication::translate("FieldValidator",
                "\"%1\" cannot be a custom field name: use 1 to %2 letters, digits or "
                "underscores, not starting with a digit.")
                .arg(keyword)
                .arg(FieldSchema::MaxCustomKeywordLength));
    }
    if (keyword.size() > FieldSchema::RecommendedCustomKeywordLength
        || !recommended.match(keyword).hasMatch()) {
        return { FieldCheck::Warning, 0,
            QCoreApplication::translate("FieldValidator",
                "The documentation asks for custom field names of at most %1 English letters; the Chat "
                "console has been seen to accept up to %2 letters, digits and underscores. \"%3\" only "
                "works if the console accepted it.")
                .arg(FieldSchema::RecommendedCustomKeywordLength)
                .arg(FieldSchema::MaxCustomKeywordLength)
                .arg(keyword) };
    }
    return {};
}

FieldCheck check(const QString &tag, const QJsonValue &value)
{
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
    return spec ? check(*spec, value) : checkUnknownTag(tag);
}

FieldCheck check(const FieldSpec &spec, const QJsonValue &value)
{
    const FieldCheck keywordCheck = spec.custom ? checkCustomKeyword(spec.shortName) : FieldCheck();
    if (keywordCheck.isInvalid())
        return keywordCheck;
    const FieldCheck valueCheck
        = spec.type == ValueType::UInt32 ? checkUInt32(spec, value) : checkString(spec, value);
    return valueCheck.level == FieldCheck::Ok ? keywordCheck : valueCheck;
}

QJsonValue valueFromText(const QString &tag, const QString &text)
{
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
    return spec ? valueFromText(*spec, text) : QJsonValue(text);
}

QJsonValue valueFromText(const FieldSpec &spec, const QString &text)
{
    if (spec.type == ValueType::String) {
        const FieldChoice *choice
            = spec.choices.isEmpty() ? nullptr : spec.findChoice(QStringView(text).trimmed());
        return choice ? choice->value : text;
    }
    const QString trimmed = text.trimmed();
    // Qt's number parsing stops at an embedded NUL and still reports success ("5\0 9" would be 5):
    // such text is no number, so it stays text and is refused as such.
    if (trimmed.contains(QChar::Null))
        return text;
    if (spec.editor == EditorKind::Date) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return date.year() * 10000 + date.month() * 100 + date.day();
    }
    bool ok = false;
    if (const qint64 whole = trimmed.toLongLong(&ok); ok)
        return whole;
    // Keeps "1.5" and "99999999999999999999" numeric so the check names the real problem (a fraction,
    // a range) instead of calling them text.
    if (const double number = trimmed.toDouble(&ok); ok && std::isfinite(number))
        return number;
    return text;
}

QString displayText(const QString &tag, const QJsonValue &value)
{
    const std::optional<FieldSpec> spec = FieldSchema::fieldFor(tag);
    if (value.isString())
        return spec ? spec->labelFor(value.toString()) : value.toString();
    if (value.isUndefined())
        return QString();
    return compactJson(value);
}

Parsed parseAssignment(const QString &assignment)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        return { QString(), QJsonValue(),
            invalid(0,
                QCoreApplication::translate("FieldValidator",
                    "\"%1\" is not an assignment. Write FIELD=VALUE, e.g. Nick=Anna, Gender=Female, "
                    "BirthDay=19900521 or Tag_Profile_Custom_Hobby=chess.")
                    .arg(assignment)) };
    }
    const QString name = assignment.left(equals).trimmed();
    const FieldSpec *standard = FieldSchema::standardField(name);
    const QString tag = standard ? standard->tag : name;
    const QJsonValue value = valueFromText(tag, assignment.mid(equals + 1));
    return { tag, value, check(tag, value) };
}

} // namespace FieldValidator
