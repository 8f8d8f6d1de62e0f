// `chat-profile set --set TAG=VALUE` input is anything a user or a script types: parsing must not
// crash, every refusal must say why, and the verdict must agree with an oracle written here from
// the documented rules alone. The oracle shares no code with FieldValidator or FieldSchema: a
// wrong type, enum, limit or tag in the console's schema makes the two disagree.
//
// Documented rules (standard fields https://www.tencentcloud.com/document/product/1047/33520,
// custom fields https://trtc.io/zh/document/34381, error codes of portrait_set
// https://www.tencentcloud.com/document/product/1047/34916): an unknown tag is 40009; a value of the
// wrong JSON type is 40610; an enum string that is not one of the listed values, or a number outside
// uint32, is 40605; a string over 500 UTF-8 bytes is 40601. The console adds two stricter rules of
// its own, also checked here: a custom keyword is 1 to 16 letters, digits or '_' not starting with
// a digit (what the Chat console accepts), and a birthday is 0 or a real calendar date YYYYMMDD.
#include "profile/fieldvalidator.h"

#include <QByteArray>
#include <QChar>
#include <QJsonValue>
#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <set>

namespace {

enum class Kind { Text, Choice, UInt32, Date };

struct DocumentedTag
{
    const char *tag;
    const char *shortName; // what a person types instead of the tag, case-insensitively
    Kind kind;
    std::initializer_list<const char *> choices;
};

const DocumentedTag kStandardTags[] = {
    { "Tag_Profile_IM_Nick", "Nick", Kind::Text, {} },
    { "Tag_Profile_IM_Gender", "Gender", Kind::Choice,
        { "Gender_Type_Unknown", "Gender_Type_Female", "Gender_Type_Male" } },
    { "Tag_Profile_IM_BirthDay", "BirthDay", Kind::Date, {} },
    { "Tag_Profile_IM_Location", "Location", Kind::Text, {} },
    { "Tag_Profile_IM_SelfSignature", "SelfSignature", Kind::Text, {} },
    { "Tag_Profile_IM_AllowType", "AllowType", Kind::Choice,
        { "AllowType_Type_NeedConfirm", "AllowType_Type_AllowAny", "AllowType_Type_DenyAny" } },
    { "Tag_Profile_IM_Language", "Language", Kind::UInt32, {} },
    { "Tag_Profile_IM_Image", "Image", Kind::Text, {} },
    { "Tag_Profile_IM_MsgSettings", "MsgSettings", Kind::UInt32, {} },
    { "Tag_Profile_IM_AdminForbidType", "AdminForbidType", Kind::Choice,
        { "AdminForbid_Type_None", "AdminForbid_Type_SendOut" } },
    { "Tag_Profile_IM_Level", "Level", Kind::UInt32, {} },
    { "Tag_Profile_IM_Role", "Role", Kind::UInt32, {} },
};

const char kCustomPrefix[] = "Tag_Profile_Custom_";
constexpr qsizetype kMaxValueBytes = 500;
constexpr int kMaxKeywordLength = 16;
constexpr double kUInt32Max = 4294967295.0;

void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

const DocumentedTag *documentedTag(const QString &tag)
{
    for (const DocumentedTag &entry : kStandardTags) {
        if (tag == QLatin1String(entry.tag)) {
            return &entry;
        }
    }
    return nullptr;
}

// What a typed name stands for: a standard tag, a short name of one, or itself.
QString resolvedTag(const QString &name)
{
    for (const DocumentedTag &entry : kStandardTags) {
        if (name == QLatin1String(entry.tag)
            || name.compare(QLatin1String(entry.shortName), Qt::CaseInsensitive) == 0) {
            return QLatin1String(entry.tag);
        }
    }
    return name;
}

qsizetype utf8Length(const QString &text)
{
    qsizetype bytes = 0;
    for (const char32_t codePoint : text.toUcs4()) {
        bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
    return bytes;
}

bool isKeyword(const QString &keyword)
{
    if (keyword.isEmpty() || keyword.size() > kMaxKeywordLength || keyword.front().isDigit()) {
        return false;
    }
    for (const QChar c : keyword) {
        const bool asciiLetterOrDigit
            = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!asciiLetterOrDigit && c != u'_') {
            return false;
        }
    }
    return true;
}

bool isCalendarDate(double yyyymmdd)
{
    const auto value = static_cast<std::uint32_t>(yyyymmdd);
    const std::uint32_t year = value / 10000;
    const std::uint32_t month = value / 100 % 100;
    const std::uint32_t day = value % 100;
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const std::uint32_t daysIn[] = { 31, leap ? 29u : 28u, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return day <= daysIn[month - 1];
}

// Every documented code this wire value breaks; empty when the server (and the console) accept it.
std::set<int> documentedProblems(const QString &tag, const QJsonValue &value)
{
    std::set<int> problems;
    const DocumentedTag *standard = documentedTag(tag);
    const bool custom = tag.startsWith(QLatin1String(kCustomPrefix));
    if (!standard && !custom) {
        return { 40009 };
    }
    if (custom && !isKeyword(tag.mid(qsizetype(sizeof kCustomPrefix) - 1))) {
        problems.insert(40009);
    }
    const Kind kind = standard ? standard->kind : Kind::Text;
    if (kind == Kind::UInt32 || kind == Kind::Date) {
        if (!value.isDouble() || !std::isfinite(value.toDouble())
            || std::floor(value.toDouble()) != value.toDouble()) {
            problems.insert(40610);
        } else if (value.toDouble() < 0 || value.toDouble() > kUInt32Max) {
            problems.insert(40605);
        } else if (kind == Kind::Date && value.toDouble() != 0 && !isCalendarDate(value.toDouble())) {
            problems.insert(40605);
        }
        return problems;
    }
    if (!value.isString()) {
        problems.insert(40610);
        return problems;
    }
    if (utf8Length(value.toString()) > kMaxValueBytes) {
        problems.insert(40601);
    }
    if (kind == Kind::Choice) {
        bool listed = false;
        for (const char *choice : standard->choices) {
            listed = listed || value.toString() == QLatin1String(choice);
        }
        if (!listed) {
            problems.insert(40605);
        }
    }
    return problems;
}

// The number a person meant by text, read by the C library rather than by Qt.
bool readsAsNumber(const QString &text, double number)
{
    const QByteArray latin = text.toLatin1();
    if (latin.isEmpty() || text.size() != latin.size() || QString::fromLatin1(latin) != text) {
        return false;
    }
    char *end = nullptr;
    const double read = std::strtod(latin.constData(), &end);
    return end == latin.constData() + latin.size() && read == number;
}

// "1990-05-21" (any punctuation between the parts) for the birthday 19900521.
bool readsAsDate(const QString &text, double yyyymmdd)
{
    if (text.size() < 10 || !text.at(4).isPunct() || !text.at(7).isPunct()) {
        return false;
    }
    bool yearOk = false, monthOk = false, dayOk = false;
    const int year = text.left(4).toInt(&yearOk);
    const int month = text.mid(5, 2).toInt(&monthOk);
    const int day = text.mid(8, 2).toInt(&dayOk);
    return yearOk && monthOk && dayOk && year * 10000.0 + month * 100.0 + day == yyyymmdd;
}

// The value follows from the text after the first '=' the way the CLI documents it.
void checkValueFollowsTheText(const QString &tag, const QString &text, const QJsonValue &value)
{
    const DocumentedTag *standard = documentedTag(tag);
    const Kind kind = standard ? standard->kind : Kind::Text;
    const QString trimmed = text.trimmed();
    switch (kind) {
    case Kind::Text:
        require(value.isString() && value.toString() == text); // free text goes out verbatim
        return;
    case Kind::Choice:
        require(value.isString());
        for (const char *choice : standard->choices) {
            const QLatin1String wire(choice);
            const QString suffix = QString(wire).section(QLatin1String("_Type_"), 1);
            // The wire value itself, or its tail ("Female"), picks that value.
            if (trimmed.compare(wire, Qt::CaseInsensitive) == 0
                || trimmed.compare(suffix, Qt::CaseInsensitive) == 0) {
                require(value.toString() == wire);
                return;
            }
        }
        if (value.toString() != text) {
            // Anything else that changed the text must have named one of the listed values.
            bool listed = false;
            for (const char *choice : standard->choices) {
                listed = listed || value.toString() == QLatin1String(choice);
            }
            require(listed);
        }
        return;
    case Kind::UInt32:
    case Kind::Date:
        if (value.isString()) {
            require(value.toString() == text); // not a number: kept as typed, refused as 40610
            return;
        }
        require(value.isDouble());
        require(readsAsNumber(trimmed, value.toDouble())
            || (kind == Kind::Date && readsAsDate(trimmed, value.toDouble())));
        return;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const FieldValidator::Parsed parsed = FieldValidator::parseAssignment(input);
    require(!parsed.check.isInvalid() || !parsed.check.message.isEmpty()); // every refusal says why

    const qsizetype equals = input.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        require(parsed.check.isInvalid() && parsed.check.serverCode == 0); // not an assignment
        return 0;
    }
    const QString name = input.left(equals).trimmed();
    const QString text = input.mid(equals + 1);
    require(parsed.tag == resolvedTag(name));
    checkValueFollowsTheText(parsed.tag, text, parsed.value);

    // Refused exactly when a documented rule is broken, and with the code of one it breaks.
    const std::set<int> problems = documentedProblems(parsed.tag, parsed.value);
    require(parsed.check.isInvalid() == !problems.empty());
    if (parsed.check.isInvalid()) {
        require(problems.count(parsed.check.serverCode) == 1);
    }
    return 0;
}
