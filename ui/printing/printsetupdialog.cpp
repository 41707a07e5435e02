#include "printsetupdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QDateEdit *dateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

PrintSetupDialog::PrintSetupDialog(const PrintOptions &initial, const QList<Team> &teams, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_view(new QComboBox(this))
    , m_from(dateEdit(initial.from, this))
    , m_to(dateEdit(initial.to.isValid() ? initial.to : initial.from, this))
    , m_team(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_pageBreak(new QComboBox(this))
{
    setWindowTitle(tr("Print Rota"));

    for (PrintOptions::View view :
         {PrintOptions::View::Grid, PrintOptions::View::Month, PrintOptions::View::Week, PrintOptions::View::Heatmap})
        m_view->addItem(PrintOptions::viewName(view), int(view));
    selectData(m_view, int(initial.view));

    m_team->addItem(tr("All teams"));
    for (const Team &team : teams)
        m_team->addItem(team.name, team.id);
    if (initial.filter.teamId)
        selectData(m_team, *initial.filter.teamId);

    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    selectData(m_orientation, int(initial.orientation));

    for (PrintOptions::PageBreak pageBreak : {PrintOptions::PageBreak::None, PrintOptions::PageBreak::Team, PrintOptions::PageBreak::Week})
        m_pageBreak->addItem(PrintOptions::pageBreakName(pageBreak), int(pageBreak));
    selectData(m_pageBreak, int(initial.pageBreak));

    m_to->setMinimumDate(m_from->date());
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate date) { m_to->setMinimumDate(date); });
    connect(m_view, &QComboBox::currentIndexChanged, this, &PrintSetupDialog::updateEnabled);

    // A form layout wraps long labels (German) instead of pushing the fields off the dialog.
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&View:"), m_view);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("T&eam:"), m_team);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Page breaks:"), m_pageBreak);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::AcceptRole);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::AcceptRole);
    preview->setDefault(true);
    connect(preview, &QPushButton::clicked, this, [this] { finish(Action::Preview); });
    connect(pdf, &QPushButton::clicked, this, [this] { finish(Action::ExportPdf); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateEnabled();
}

PrintOptions PrintSetupDialog::options() const
{
    PrintOptions options = m_initial;
    options.view = PrintOptions::View(m_view->currentData().toInt());
    options.from = m_from->date();
    options.to = m_to->date();
    const QVariant team = m_team->currentData();
    options.filter.teamId = team.isValid() ? std::optional<qint64>(team.toLongLong()) : std::nullopt;
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.pageBreak = PrintOptions::PageBreak(m_pageBreak->currentData().toInt());
    return options;
}

void PrintSetupDialog::updateEnabled()
{
    // Month and week pages break by themselves.
    m_pageBreak->setEnabled(PrintOptions::View(m_view->currentData().toInt()) == PrintOptions::View::Grid);
}

void PrintSetupDialog::finish(Action action)
{
    m_action = action;
    accept();
}
