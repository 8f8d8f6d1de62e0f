#include "cli/commandtext.h"

#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace CommandText {

QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch()) {
        return word;
    }
    QString escaped = word;
    escaped.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString fieldLabel(const QString &tag)
{
    const FieldSpec *spec = FieldSchema::standardField(tag);
    return spec ? spec->shortName : tag;
}

QString valueText(const QString &tag, const QJsonValue &value)
{
    if (value.isUndefined()) {
        return QCoreApplication::translate("CommandText", "(not set)");
    }
    // An empty text would print as nothing at all: "Nick: Ann → ".
    return value == QJsonValue(QString()) ? QStringLiteral("\"\"") : FieldValidator::displayText(tag, value);
}

QDateTime parseSince(const QString &text)
{
    // QDate reads the date at the start of a longer text too, so only a bare date is one.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid()) {
        return date.startOfDay(QTimeZone::utc());
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return {};
    }
    return time.timeSpec() == Qt::LocalTime ? QDateTime(time.date(), time.time(), Qt::UTC) : time.toUTC();
}

} // namespace CommandText
