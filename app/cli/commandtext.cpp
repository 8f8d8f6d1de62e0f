#include "cli/commandtext.h"

#include "profile/fieldschema.h"

#include <QRegularExpression>

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

} // namespace CommandText
