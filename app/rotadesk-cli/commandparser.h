#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

// QCommandLineParser for one subcommand ("import shifts", "export shifts", ...): its own usage
// line and --help, and the exit codes of the tool (help 0, usage error 2).
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    CommandParser(const QString &command, const QString &description);

    void addPositional(const QString &name, const QString &description);
    void addOption(const QCommandLineOption &option);

    // nullopt when the command is to run; otherwise the exit code after --help was printed or
    // a usage error was reported.
    std::optional<int> parse(const QStringList &arguments);

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); } // an option given several times

    // Reports a usage error with a pointer to --help; returns ExitUsage.
    int usageError(const QString &message) const;
    QString helpText() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QStringList m_positionalNames;
};
