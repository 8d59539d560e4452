#pragma once

#include "storage/Erasure.h"

#include <QDialog>

namespace textdesk {

// The confirmation before a customer is erased (GDPR Art. 17): it names who and everything
// that will be deleted, says there is no undo, and defaults to Cancel.
class EraseCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    EraseCustomerDialog(const QString &who, const ErasureCounts &counts, QWidget *parent = nullptr);

    // "Erase Erna Erasmus (+1 415-555-0123)? This deletes 2 conversations, 201 messages and
    // notes, …"
    static QString summary(const QString &who, const ErasureCounts &counts);
};

} // namespace textdesk
