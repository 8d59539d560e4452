#pragma once

#include "training/Scoring.h"

#include <QDialog>

namespace textdesk::ui {

// After a training scenario: the score, each check passed or missed with the message it refers
// to and why, and the model answer. Everything the customer or trainee wrote is plain text.
class DebriefDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DebriefDialog(const training::ScenarioScore &score, QWidget *parent = nullptr);
};

} // namespace textdesk::ui
