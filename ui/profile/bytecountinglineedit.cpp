#include "profile/bytecountinglineedit.h"

#include <QLabel>
#include <QValidator>

// Rejects any text longer than the limit in UTF-8, which is how the server counts.
class Utf8LimitValidator final : public QValidator
{
public:
    using QValidator::QValidator;

    void setMaxBytes(int maxBytes) { m_maxBytes = maxBytes; }

    State validate(QString &input, int &) const override
    {
        return m_maxBytes <= 0 || input.toUtf8().size() <= m_maxBytes ? Acceptable : Invalid;
    }

private:
    int m_maxBytes = 0;
};

ByteCountingLineEdit::ByteCountingLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_counter(new QLabel(this))
    , m_validator(new Utf8LimitValidator(this))
{
    m_counter->setObjectName(QStringLiteral("byteCounter"));
    m_counter->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    setValidator(m_validator);
    connect(this, &QLineEdit::textChanged, this, &ByteCountingLineEdit::updateCounter);
    updateCounter();
}

void ByteCountingLineEdit::setLimits(int maxBytes, int warningBytes, const QString &warningReason)
{
    m_maxBytes = maxBytes;
    m_validator->setMaxBytes(maxBytes);
    m_warningBytes = warningBytes;
    m_warningReason = warningReason;
    updateCounter();
}

QString ByteCountingLineEdit::counterText() const
{
    return m_counter->text();
}

bool ByteCountingLineEdit::isOverWarningLimit() const
{
    return m_warningBytes > 0 && text().toUtf8().size() > m_warningBytes;
}

void ByteCountingLineEdit::updateCounter()
{
    const qsizetype bytes = text().toUtf8().size();
    m_counter->setText(isOverWarningLimit()
            ? tr("%1 / %2 bytes, over %3").arg(bytes).arg(m_maxBytes).arg(m_warningBytes)
            : tr("%1 / %2 bytes").arg(bytes).arg(m_maxBytes));
    m_counter->setToolTip(isOverWarningLimit() ? m_warningReason : QString());
    setToolTip(m_counter->toolTip());
    // The counter is part of the field's accessible description, so screen readers hear it too.
    setAccessibleDescription(m_counter->text());
    m_counter->adjustSize();
    setTextMargins(0, 0, m_counter->width() + 4, 0);
    m_counter->move(width() - m_counter->width() - 4, (height() - m_counter->height()) / 2);
}

void ByteCountingLineEdit::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    updateCounter();
}
