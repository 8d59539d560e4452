#pragma once

#include "workspace/AppSettings.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace textdesk {

class Database;
class Workspace;

// Our numbers, as the cache knows them from the provider: read-only.
class NumbersPage : public QWidget
{
    Q_OBJECT
public:
    // reader: the GUI thread's read-only connection; null shows that nothing is cached.
    explicit NumbersPage(Database *reader, QWidget *parent = nullptr);
};

// The agent: name, response-time target, how Enter behaves, notifications.
class AgentPage : public QWidget
{
    Q_OBJECT
public:
    AgentPage(const Workspace &workspace, const AppSettings &settings, QWidget *parent = nullptr);
    // Writes this page's fields into *settings.
    void read(AppSettings *settings) const;

private:
    QLineEdit *m_name = nullptr;
    QSpinBox *m_target = nullptr;
    QCheckBox *m_enterSends = nullptr;
    QCheckBox *m_notifications = nullptr;
};

// Theme and language.
class AppearancePage : public QWidget
{
    Q_OBJECT
public:
    AppearancePage(const AppSettings &settings, QWidget *parent = nullptr);
    void read(AppSettings *settings) const;

private:
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace textdesk
