#pragma once

// One bulk edit the way an operator makes it: select rows, Ctrl+Shift+A (add) or
// Ctrl+Shift+R (remove), type one soak-owned aggregate, Review, Apply; when providers
// failed, Retry Failed once; close. Every provider's outcome from the table goes into the
// ledger and the server is read to confirm each.

#include <QPointer>
#include <QStringList>

#include "bulkaggregateedit.h"
#include "soakrun.h"

class BulkEditDialog;

class SoakBulkEdit : public SoakRun
{
    Q_OBJECT
public:
    SoakBulkEdit(const SoakContext &context, QStringList providers, BulkIntent::Kind kind, QString aggregate,
                 QObject *parent = nullptr);
    void start() override;

private:
    void apply();
    void onFinished();
    void close();
    void verify();
    void abandon() override;
    QStringList expectedFor(const QString &provider) const;
    QString name() const;

    QStringList m_providers;
    BulkIntent::Kind m_kind;
    QString m_aggregate;
    int m_edit = 0;
    QPointer<BulkEditDialog> m_dialog;
    QStringList m_failed; // providers whose outcome is Failed after the last run
    bool m_retried = false;
    QString m_waitingFor;
};
