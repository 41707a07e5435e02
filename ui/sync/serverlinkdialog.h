#pragma once

#include "model/fielderror.h"
#include "sync/servercertificate.h"
#include "sync/serverlink.h"

#include <QDialog>

class FieldErrorLabels;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SyncController;
struct ServerError;

// Links the workspace to a rota server: address, user name and password, each problem shown
// under its field. "Check and link" logs in before anything is saved. A plain http:// address
// of another machine needs an explicit agreement to send the password unencrypted; a server
// whose certificate is not trusted shows the certificate (subject, issuer, validity, SHA-256
// fingerprint) and can be trusted, exactly that certificate, after the user ticks it.
class ServerLinkDialog : public QDialog
{
    Q_OBJECT

public:
    ServerLinkDialog(SyncController *controller, QWidget *parent = nullptr);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QCheckBox *insecureBox() const { return m_insecure; }
    QCheckBox *trustBox() const { return m_trust; }
    QPushButton *checkButton() const { return m_check; }

    // The problems of what is typed now, by field ("server_url", "user", "password",
    // "allow_insecure").
    FieldErrors validate() const;
    // Shows the problems under their fields, or starts the login; false when nothing started.
    bool checkAndLink();
    // The field's error as shown, or the error of the last attempt for "" (empty when none).
    QString errorText(const QString &field) const;
    // Whether the address is plain http:// to another machine (the warning shows).
    bool needsInsecureAgreement() const;
    ServerCertificate certificate() const { return m_certificate; }

private:
    void updateInsecure();
    void updateKeychain();
    void linkFinished(const ServerError &error);
    void setBusy(bool busy);
    ServerLink typedLink() const;

    SyncController *m_controller;
    FieldErrorLabels *m_errors;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QCheckBox *m_insecure;
    QLabel *m_insecureNote;
    QGroupBox *m_certificateBox;
    QLabel *m_certificateText;
    QCheckBox *m_trust;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_check;
    ServerCertificate m_certificate;
    QString m_certificateHost; // the host that presented m_certificate
    bool m_busy = false;
};
