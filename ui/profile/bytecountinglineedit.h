#pragma once

#include <QLineEdit>

class QLabel;
class Utf8LimitValidator;

// A line edit for profile text that shows its UTF-8 size ("12 / 500 bytes") and refuses input that
// would go past the hard byte limit, so an over-long value (40601) cannot even be typed or pasted.
// Past the optional warning limit it still accepts input but says why it is risky.
class ByteCountingLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit ByteCountingLineEdit(QWidget *parent = nullptr);

    void setLimits(int maxBytes, int warningBytes = 0, const QString &warningReason = {});
    int maxBytes() const { return m_maxBytes; }
    QString counterText() const;
    bool isOverWarningLimit() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCounter();

    QLabel *m_counter = nullptr;
    Utf8LimitValidator *m_validator = nullptr;
    int m_maxBytes = 0;
    int m_warningBytes = 0;
    QString m_warningReason;
};
