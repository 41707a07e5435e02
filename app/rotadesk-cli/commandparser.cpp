#include "commandparser.h"

#include "console.h"

using namespace Qt::StringLiterals;

CommandParser::CommandParser(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not addHelpOption(): its --help-all lists Qt's own options, which mean nothing here.
    m_parser.addOption({{u"h"_s, u"help"_s}, tr("Show this help.")});
}

void CommandParser::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionalNames.append(name);
}

void CommandParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

std::optional<int> CommandParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(QStringList{QCoreApplication::applicationName()} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        Console::out() << helpText();
        Console::out().flush();
        return ExitOk;
    }
    const QStringList given = m_parser.positionalArguments();
    if (given.size() < m_positionalNames.size())
        return usageError(tr("%1: missing %2.").arg(m_command, m_positionalNames.at(given.size())));
    if (given.size() > m_positionalNames.size())
        return usageError(tr("%1: unexpected argument \"%2\".").arg(m_command, given.at(m_positionalNames.size())));
    return std::nullopt;
}

int CommandParser::usageError(const QString &message) const
{
    Console::fail(message, ExitUsage);
    Console::err() << tr("Try \"%1 %2 --help\".").arg(QCoreApplication::applicationName(), m_command) << Qt::endl;
    return ExitUsage;
}

QString CommandParser::helpText() const
{
    // QCommandLineParser begins with "Usage: <path of the program> [options] ..."; the tool's
    // name and the command words read better there.
    QString text = m_parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype options = text.indexOf(u" [options]"_s);
    if (options < 0 || options > lineEnd)
        return text;
    return tr("Usage: %1 %2").arg(QCoreApplication::applicationName(), m_command) + text.mid(options);
}
