#include "serverlink.h"

#include "storage/transaction.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

QString ServerLink::serverUrlSettingKey()
{
    return u"sync/server_url"_s;
}

QString ServerLink::userSettingKey()
{
    return u"sync/user"_s;
}

FieldErrors ServerLink::validate() const
{
    FieldErrors errors;
    const QUrl parsed(server_url.trimmed(), QUrl::StrictMode);
    if (server_url.trimmed().isEmpty())
        errors.append({u"server_url"_s, tr("Enter the address of the rota server.")});
    else if (!parsed.isValid() || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s))
        errors.append({u"server_url"_s, tr("The address must start with https:// (or http://).")});
    else if (parsed.host().isEmpty())
        errors.append({u"server_url"_s, tr("The address has no server name.")});
    else if (!parsed.userInfo().isEmpty())
        errors.append({u"server_url"_s, tr("The address must not contain a user name or password.")});
    else if (parsed.hasQuery() || parsed.hasFragment())
        errors.append({u"server_url"_s, tr("The address must not contain '?' or '#'.")});
    if (user.trimmed().isEmpty())
        errors.append({u"user"_s, tr("Enter the user name on the rota server.")});
    else if (user != user.trimmed())
        errors.append({u"user"_s, tr("The user name must not begin or end with a space.")});
    return errors;
}

QUrl ServerLink::url() const
{
    QUrl parsed(server_url.trimmed(), QUrl::StrictMode);
    if (!parsed.path().endsWith(u'/'))
        parsed.setPath(parsed.path() + u'/');
    return parsed;
}

ServerLink ServerLink::fromWorkspace(const Workspace &workspace)
{
    ServerLink link;
    link.server_url = workspace.setting(serverUrlSettingKey());
    link.user = workspace.setting(userSettingKey());
    return link;
}

StorageError ServerLink::saveTo(Workspace &workspace) const
{
    if (const FieldErrors errors = validate(); !errors.isEmpty()) {
        StorageError error;
        error.kind = StorageError::Kind::Validation;
        error.message = tr("The rota server link is not valid: %1").arg(joinFieldErrors(errors));
        error.fieldErrors = errors;
        return error;
    }
    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    if (StorageError error = workspace.setSetting(serverUrlSettingKey(), url().toString()); !error.ok())
        return error;
    if (StorageError error = workspace.setSetting(userSettingKey(), user); !error.ok())
        return error;
    return transaction.commit();
}
