#include "serverlinkdialog.h"

#include "calendar/calendarpalette.h"
#include "fielderrorlabels.h"
#include "sync/serversession.h"
#include "synccontroller.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ServerLinkDialog::ServerLinkDialog(SyncController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_errors(new FieldErrorLabels(this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
    , m_keychainNote(noteLabel(this))
    , m_insecure(new QCheckBox(tr("Send the password and the rota unencrypted to this server"), this))
    , m_insecureNote(noteLabel(this))
    , m_certificateBox(new QGroupBox(tr("The server's certificate is not trusted"), this))
    , m_certificateText(noteLabel(this))
    , m_trust(new QCheckBox(tr("Trust exactly this certificate for this server"), this))
    , m_result(noteLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_check(m_buttons->addButton(tr("Check and Link"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Link to Rota Server"));
    const ServerLink link = controller->link();
    m_server->setText(link.server_url);
    m_server->setPlaceholderText(u"https://rota.example.org/"_s);
    m_user->setText(link.user);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_insecureNote->setText(tr("This address is not encrypted (http://) and not on this computer: anyone on the network "
                               "between here and the server can read the password and the rota, and change them."));
    m_certificateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(u"linkResult"_s);
    QPalette warning = m_result->palette();
    warning.setColor(QPalette::WindowText, CalendarPalette(palette()).belowMinimum());
    m_result->setPalette(warning);
    m_insecureNote->setPalette(warning);
    m_result->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server address:"), m_errors->wrap(m_server, u"server_url"_s));
    form->addRow(tr("&User name:"), m_errors->wrap(m_user, u"user"_s));
    form->addRow(tr("&Password:"), m_errors->wrap(m_password, u"password"_s));
    auto *keychain = new QWidget(this);
    auto *keychainLayout = new QVBoxLayout(keychain);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    keychainLayout->addWidget(m_remember);
    keychainLayout->addWidget(m_keychainNote);
    form->addRow(QString(), keychain);
    auto *insecure = new QWidget(this);
    insecure->setObjectName(u"insecureWarning"_s);
    auto *insecureLayout = new QVBoxLayout(insecure);
    insecureLayout->setContentsMargins(0, 0, 0, 0);
    insecureLayout->addWidget(m_insecureNote);
    insecureLayout->addWidget(m_errors->wrap(m_insecure, u"allow_insecure"_s));
    form->addRow(QString(), insecure);

    auto *certificateLayout = new QVBoxLayout(m_certificateBox);
    certificateLayout->addWidget(m_certificateText);
    certificateLayout->addWidget(m_trust);
    m_certificateBox->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_certificateBox);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    // The button checks and links; the dialog closes only when that worked.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)checkAndLink(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, &ServerLinkDialog::updateInsecure);
    connect(m_controller, &SyncController::linkFinished, this, &ServerLinkDialog::linkFinished);
    connect(m_controller, &SyncController::keychainChecked, this, &ServerLinkDialog::updateKeychain);
    updateInsecure();
    updateKeychain();
    m_controller->checkKeychain();
}

ServerLink ServerLinkDialog::typedLink() const
{
    return ServerLink{m_server->text().trimmed(), m_user->text()};
}

bool ServerLinkDialog::needsInsecureAgreement() const
{
    const QUrl url(m_server->text().trimmed());
    return url.scheme() == u"http"_s && !url.host().isEmpty() && !ServerSession::isLoopbackHost(url.host());
}

void ServerLinkDialog::updateInsecure()
{
    const bool insecure = needsInsecureAgreement();
    findChild<QWidget *>(u"insecureWarning"_s)->setVisible(insecure);
    if (!insecure)
        m_insecure->setChecked(false);
    // Another address: an earlier certificate is not this server's.
    if (!m_certificate.isNull() && QUrl(m_server->text().trimmed()).host() != m_certificateHost) {
        m_certificateBox->setVisible(false);
        m_trust->setChecked(false);
        m_certificate = {};
    }
}

void ServerLinkDialog::updateKeychain()
{
    const QString reason = m_controller->keychainUnavailableReason();
    m_remember->setEnabled(reason.isEmpty());
    if (!reason.isEmpty())
        m_remember->setChecked(false);
    m_keychainNote->setText(reason.isEmpty() ? QString()
                                             : tr("The system keychain cannot be used (%1): RotaDesk will ask for the "
                                                  "password once each session.")
                                                   .arg(reason));
    m_keychainNote->setVisible(!reason.isEmpty());
}

FieldErrors ServerLinkDialog::validate() const
{
    FieldErrors errors = typedLink().validate();
    if (m_password->text().isEmpty())
        errors.append({u"password"_s, tr("Enter the password; RotaDesk logs in to check it before linking.")});
    if (needsInsecureAgreement() && !m_insecure->isChecked())
        errors.append({u"allow_insecure"_s, tr("Tick this to use a plain http:// address, or use https://.")});
    return errors;
}

bool ServerLinkDialog::checkAndLink()
{
    if (m_busy)
        return false;
    m_result->setVisible(false);
    const FieldErrors errors = validate();
    if (const QStringList other = m_errors->show(errors); !other.isEmpty()) {
        m_result->setText(other.join(u'\n'));
        m_result->setVisible(true);
    }
    if (!errors.isEmpty())
        return false;
    SyncController::LinkRequest request;
    request.link = typedLink();
    request.password = m_password->text();
    request.remember = m_remember->isEnabled() && m_remember->isChecked();
    request.allowInsecure = needsInsecureAgreement() && m_insecure->isChecked();
    if (m_trust->isChecked() && !m_certificate.isNull())
        request.trustedCertificate = m_certificate.sha256;
    setBusy(true);
    m_controller->linkTo(request);
    return true;
}

void ServerLinkDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_check->setEnabled(!busy);
    m_check->setText(busy ? tr("Checking…") : tr("Check and Link"));
}

void ServerLinkDialog::linkFinished(const ServerError &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    if (error.ok()) {
        accept();
        return;
    }
    if (error.kind == ServerError::Kind::Tls && !error.certificate.isNull()) {
        m_certificate = error.certificate;
        m_certificateHost = QUrl(m_server->text().trimmed()).host();
        m_certificateText->setText(error.certificate.describe());
        m_trust->setText(tr("Trust exactly this certificate (SHA-256 %1) for this server").arg(error.certificate.fingerprintText()));
        m_trust->setChecked(false);
        m_certificateBox->setVisible(true);
    }
    m_result->setText(error.message);
    m_result->setVisible(true);
}

QString ServerLinkDialog::errorText(const QString &field) const
{
    if (field.isEmpty())
        return m_result->isVisible() ? m_result->text() : QString();
    return m_errors->text(field);
}
