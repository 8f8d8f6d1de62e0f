#pragma once

#include <QAbstractSpinBox>

// A spin box over the whole uint32 range (0…4294967295). QSpinBox stops at INT_MAX, which would
// make half of the values the server accepts for Language, Level and Role impossible to enter.
class UInt32SpinBox final : public QAbstractSpinBox
{
    Q_OBJECT

public:
    explicit UInt32SpinBox(QWidget *parent = nullptr);

    quint32 value() const;
    void setValue(quint32 value);

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

Q_SIGNALS:
    void valueChanged(quint32 value);

protected:
    StepEnabled stepEnabled() const override;

private:
    quint32 m_value = 0;
};
