#include "credentialstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

QString CredentialStore::serviceName()
{
    return u"RotaDesk"_s;
}

QString CredentialStore::keyFor(const ServerLink &link)
{
    return link.user + u'@' + link.url().toString();
}

void CredentialStore::readPassword(const ServerLink &link, QObject *context, const Done &done)
{
    run(new QKeychain::ReadPasswordJob(serviceName()), link, context, done);
}

void CredentialStore::writePassword(const ServerLink &link, const QString &password, QObject *context, const Done &done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(password);
    run(job, link, context, done);
}

void CredentialStore::deletePassword(const ServerLink &link, QObject *context, const Done &done)
{
    run(new QKeychain::DeletePasswordJob(serviceName()), link, context, done);
}

void CredentialStore::run(QKeychain::Job *job, const ServerLink &link, QObject *context, const Done &done)
{
    // QtKeychain would otherwise keep the password in a plain settings file when no keychain
    // is there.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keyFor(link));
    const QString account = tr("%1 on %2").arg(link.user, link.url().toDisplayString());
    QObject::connect(job, &QKeychain::Job::finished, context, [done, account](QKeychain::Job *finished) {
        CredentialResult result;
        result.reason = finished->errorString();
        switch (finished->error()) {
        case QKeychain::NoError:
            result.status = CredentialResult::Status::Ok;
            result.reason.clear();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.password = read->textData();
            break;
        case QKeychain::EntryNotFound:
            result.status = CredentialResult::Status::NotFound;
            result.message = tr("No password is stored for %1.").arg(account);
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            result.status = CredentialResult::Status::Unavailable;
            result.message = tr("The system keychain cannot be used (%1), so the password for %2 is not kept and will be "
                                "asked for in each session.")
                                 .arg(result.reason, account);
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.status = CredentialResult::Status::Denied;
            result.message = tr("The system keychain refused access to the password for %1 (%2).").arg(account, result.reason);
            break;
        case QKeychain::CouldNotDeleteEntry:
            result.status = CredentialResult::Status::Failed;
            result.message = tr("The password for %1 could not be removed from the system keychain (%2).").arg(account, result.reason);
            break;
        }
        done(result);
    });
    job->start();
}
