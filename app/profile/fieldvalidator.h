#pragma once

#include <QJsonValue>
#include <QString>

// The verdict on one value before it is sent. Invalid values are never sent; warnings are shown
// but allowed (a stricter source disagrees with the server's documented limit).
struct FieldCheck
{
    enum Level { Ok, Warning, Invalid };
    Level level = Ok;
    // The error code the server would answer (40601/40605/40610/40009), 0 when it would accept it
    // or when the input was not even an assignment.
    int serverCode = 0;
    QString message; // translated; says what is wrong and what to do

    bool isInvalid() const { return level == Invalid; }
};

struct FieldSpec;

namespace FieldValidator {

// Checks a ProfileItem Value exactly as it would go on the wire: the JSON type (40610), enum,
// range and calendar date (40605), > 500 UTF-8 bytes (40601), an unknown tag (40009).
FieldCheck check(const QString &tag, const QJsonValue &value);
// The same for a field already looked up, as a bulk plan does for 100,000 cells of a few fields.
FieldCheck check(const FieldSpec &spec, const QJsonValue &value);
// A text field's value as check() judges it sent as a JSON string (length, choices), for text
// that is not a QJsonValue yet.
FieldCheck checkText(const FieldSpec &spec, QStringView text);

// Hard rule: letters, digits and '_', not starting with a digit, at most 16 characters (what the
// Chat console accepts). Warning: the documentation asks for at most 8 English letters.
FieldCheck checkCustomKeyword(const QString &keyword);

// Human or CLI input such as "Nick=Anna", "Gender=Female", "BirthDay=19900521" or
// "Tag_Profile_Custom_Hobby=chess": resolves short names and labels to the wire tag and value.
struct Parsed
{
    QString tag;
    QJsonValue value;
    FieldCheck check;
};
Parsed parseAssignment(const QString &assignment);

// Typed text (from a cell editor or the command line) to the wire value of that tag.
QJsonValue valueFromText(const QString &tag, const QString &text);
QJsonValue valueFromText(const FieldSpec &spec, const QString &text);

// The wire value as a person reads it: labels for enums, plain digits for numbers.
QString displayText(const QString &tag, const QJsonValue &value);

// What text takes in UTF-8, as the server counts its limits.
qsizetype utf8Bytes(QStringView text);

} // namespace FieldValidator
