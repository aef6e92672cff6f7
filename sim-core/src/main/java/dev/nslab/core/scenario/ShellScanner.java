package dev.nslab.core.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scenario text into commands and shell words, the subset of POSIX sh nslab accepts: single quotes, double
 * quotes with backslash escapes, backslash escapes, {@code \}-newline continuations and {@code #} comments. Anything
 * that would make the shell do more than run one program with literal words is rejected.
 */
final class ShellScanner
{
    /** Characters that start a shell operator, redirection or subshell. */
    private static final String OPERATOR_CHARACTERS = "|&;<>()";

    /** Characters the shell would expand (globs, braces) when unquoted. */
    private static final String EXPANDING_CHARACTERS = "*?[{}";

    private final String fileName;
    private final String text;
    private int position;
    private int lineNumber = 1;

    private ShellScanner(final String fileName, final String text)
    {
        this.fileName = fileName;
        this.text = text;
    }

    static List<ScenarioLine> scan(final String fileName, final String text) throws ScenarioException
    {
        return new ShellScanner(fileName, text).scanAll();
    }

    private List<ScenarioLine> scanAll() throws ScenarioException
    {
        final List<ScenarioLine> lines = new ArrayList<>();
        while (position < text.length())
        {
            final ScenarioLine line = scanCommand();
            if (line != null)
            {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Scans up to and including the next unquoted newline; returns null for a blank or comment-only line. */
    private ScenarioLine scanCommand() throws ScenarioException
    {
        final List<String> words = new ArrayList<>();
        final StringBuilder written = new StringBuilder();
        final StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int firstLine = -1;
        while (position < text.length())
        {
            final char c = text.charAt(position);
            if (c == '\n')
            {
                position++;
                lineNumber++;
                break;
            }
            if (c == '\\' && position + 1 < text.length() && text.charAt(position + 1) == '\n')
            {
                position += 2; // a continuation: the shell drops backslash-newline, so do we
                lineNumber++;
                continue;
            }
            if (c == ' ' || c == '\t')
            {
                if (inWord)
                {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                written.append(c);
                position++;
                continue;
            }
            if (c == '#' && !inWord)
            {
                skipComment();
                continue;
            }
            if (c == '\r')
            {
                throw fail("carriage return in line (DOS line endings?); save the file with Unix line endings");
            }
            if (firstLine < 0)
            {
                firstLine = lineNumber;
            }
            final int wordStart = position;
            if (c == '\\')
            {
                // A backslash at the very end of the file escapes nothing; the shell keeps it.
                position += position + 1 < text.length() ? 2 : 1;
                word.append(text.charAt(position - 1));
            }
            else if (c == '\'')
            {
                scanSingleQuoted(word);
            }
            else if (c == '"')
            {
                scanDoubleQuoted(word, written);
                inWord = true;
                continue; // scanDoubleQuoted wrote its own text (it drops backslash-newlines)
            }
            else if (OPERATOR_CHARACTERS.indexOf(c) >= 0)
            {
                throw cannotRun(operatorAt(position), "nslab runs one plain command per line, without shell operators");
            }
            else if (c == '$')
            {
                throw cannotRun(expansionAt(position), "nslab does not expand shell variables or substitutions");
            }
            else if (c == '`')
            {
                throw cannotRun("`", "nslab does not expand shell substitutions");
            }
            else if (EXPANDING_CHARACTERS.indexOf(c) >= 0 || (!inWord && (c == '~' || (c == '!' && words.isEmpty()))))
            {
                throw cannotRun(String.valueOf(c), "quote it; nslab does not expand globs, braces or '~'");
            }
            else
            {
                word.append(c);
                position++;
            }
            written.append(text, wordStart, position);
            inWord = true;
        }
        if (inWord)
        {
            words.add(word.toString());
        }
        if (words.isEmpty())
        {
            return null;
        }
        final ScenarioLine line = new ScenarioLine(firstLine, written.toString().trim(), words);
        checkRunnable(line);
        return line;
    }

    private void skipComment()
    {
        while (position < text.length() && text.charAt(position) != '\n')
        {
            position++;
        }
    }

    private void scanSingleQuoted(final StringBuilder word) throws ScenarioException
    {
        final int close = text.indexOf('\'', position + 1);
        if (close < 0)
        {
            throw cannotRun("'", "unterminated quote");
        }
        final String quoted = text.substring(position + 1, close);
        word.append(quoted);
        lineNumber += countNewlines(quoted);
        position = close + 1;
    }

    private void scanDoubleQuoted(final StringBuilder word, final StringBuilder written) throws ScenarioException
    {
        final int quoteLine = lineNumber;
        written.append('"');
        position++;
        while (true)
        {
            if (position >= text.length())
            {
                lineNumber = quoteLine;
                throw cannotRun("\"", "unterminated quote");
            }
            final char c = text.charAt(position);
            if (c == '"')
            {
                written.append(c);
                position++;
                return;
            }
            if (c == '$')
            {
                throw cannotRun(expansionAt(position), "nslab does not expand shell variables or substitutions");
            }
            if (c == '`')
            {
                throw cannotRun("`", "nslab does not expand shell substitutions");
            }
            if (c == '\\' && position + 1 < text.length())
            {
                final char escaped = text.charAt(position + 1);
                if (escaped == '\n')
                {
                    position += 2;
                    lineNumber++;
                    continue;
                }
                if ("$`\"\\".indexOf(escaped) >= 0)
                {
                    word.append(escaped);
                }
                else
                {
                    word.append(c).append(escaped); // inside double quotes other backslashes stay
                }
                written.append(c).append(escaped);
                position += 2;
                continue;
            }
            if (c == '\n')
            {
                lineNumber++;
            }
            word.append(c);
            written.append(c);
            position++;
        }
    }

    /** Rejects variable assignments and programs nslab does not emulate (also inside ip netns exec). */
    private void checkRunnable(final ScenarioLine line) throws ScenarioException
    {
        final String first = line.words().get(0);
        if (first.matches("[A-Za-z_][A-Za-z0-9_]*=.*"))
        {
            throw ScenarioException.atLine(fileName, line.lineNumber(),
                "cannot run '" + first + "': variable assignments are not supported");
        }
        final String program = ScenarioCommands.executedCommand(line.words()).get(0);
        if (!ScenarioCommands.PROGRAMS.contains(program))
        {
            throw ScenarioException.atLine(fileName, line.lineNumber(),
                "cannot run '" + program + "': nslab emulates ip, bridge, ping, sysctl, iptables, iptables-save, nft and conntrack");
        }
        if (program.equals("ip"))
        {
            checkNoBatch(line);
        }
    }

    /** {@code ip -batch FILE} would run commands nslab never saw. */
    private void checkNoBatch(final ScenarioLine line) throws ScenarioException
    {
        final List<String> command = ScenarioCommands.executedCommand(line.words());
        final int objectIndex = ScenarioCommands.ipObjectIndex(command, 0);
        for (int i = 1; i < objectIndex; i++)
        {
            final String option = command.get(i).startsWith("--") ? command.get(i).substring(1) : command.get(i);
            if (option.length() >= 3 && ScenarioCommands.isAbbreviationOf(option, "-batch"))
            {
                throw ScenarioException.atLine(fileName, line.lineNumber(),
                    "cannot run 'ip " + command.get(i) + "': nslab runs the commands written in the scenario only");
            }
        }
    }

    private String operatorAt(final int index)
    {
        final char c = text.charAt(index);
        final boolean doubled = index + 1 < text.length() && text.charAt(index + 1) == c && "|&<>".indexOf(c) >= 0;
        return doubled ? "" + c + c : String.valueOf(c);
    }

    private String expansionAt(final int index)
    {
        if (index + 1 >= text.length())
        {
            return "$";
        }
        final char next = text.charAt(index + 1);
        if (next == '(' || next == '{')
        {
            return "$" + next;
        }
        int end = index + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'))
        {
            end++;
        }
        if (end == index + 1 && "?#@*!$-".indexOf(next) >= 0)
        {
            end++;
        }
        return text.substring(index, end);
    }

    private ScenarioException cannotRun(final String what, final String why)
    {
        return ScenarioException.atLine(fileName, lineNumber, "cannot run '" + what + "': " + why);
    }

    private ScenarioException fail(final String problem)
    {
        return ScenarioException.atLine(fileName, lineNumber, problem);
    }

    private static int countNewlines(final String s)
    {
        int count = 0;
        for (int i = 0; i < s.length(); i++)
        {
            if (s.charAt(i) == '\n')
            {
                count++;
            }
        }
        return count;
    }
}
