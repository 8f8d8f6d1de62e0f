#include "profile/uint32spinbox.h"

#include <QLineEdit>

#include <limits>

namespace {

constexpr qint64 Maximum = std::numeric_limits<quint32>::max();

} // namespace

UInt32SpinBox::UInt32SpinBox(QWidget *parent)
    : QAbstractSpinBox(parent)
{
    setAccelerated(true);
    setCorrectionMode(CorrectToPreviousValue);
    lineEdit()->setText(QStringLiteral("0"));
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = false;
        const qint64 typed = text.toLongLong(&ok);
        if (ok && typed >= 0 && typed <= Maximum && quint32(typed) != m_value) {
            m_value = quint32(typed);
            Q_EMIT valueChanged(m_value);
        }
    });
}

quint32 UInt32SpinBox::value() const
{
    return m_value;
}

void UInt32SpinBox::setValue(quint32 value)
{
    const QString text = QString::number(value);
    if (lineEdit()->text() != text)
        lineEdit()->setText(text);
    if (value != m_value) {
        m_value = value;
        Q_EMIT valueChanged(m_value);
    }
}

void UInt32SpinBox::stepBy(int steps)
{
    setValue(quint32(std::clamp<qint64>(qint64(m_value) + steps, 0, Maximum)));
    selectAll();
}

QValidator::State UInt32SpinBox::validate(QString &input, int &) const
{
    if (input.isEmpty())
        return QValidator::Intermediate;
    // Digits only: a sign, spaces or a group separator would not survive toLongLong().
    for (const QChar c : std::as_const(input)) {
        if (!c.isDigit() || c.unicode() > '9')
            return QValidator::Invalid;
    }
    bool ok = false;
    const qint64 number = input.toLongLong(&ok);
    return ok && number <= Maximum ? QValidator::Acceptable : QValidator::Invalid;
}

void UInt32SpinBox::fixup(QString &input) const
{
    input = QString::number(m_value);
}

QAbstractSpinBox::StepEnabled UInt32SpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (m_value > 0)
        enabled |= StepDownEnabled;
    if (m_value < Maximum)
        enabled |= StepUpEnabled;
    return enabled;
}
