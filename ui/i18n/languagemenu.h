#pragma once

#include <QMenu>

// Lets the user give the console another language than the system's: one checkable entry per
// language, each named in its own language so anyone can find theirs, saved to the ui/language
// setting, which applies at the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void addLanguage(const QString &language, const QString &label, const QString &current);
    QActionGroup *m_group;
};
