import { Help, type Command, type CommanderError, type HelpConfiguration, type Option } from 'commander';
import { cliText, type CliMessageCode } from '../../core/messages/cli-messages.js';

type Lang = 'zh' | 'en';

/** A command-line text in the user's language. */
export function cliWords(lang: Lang): (code: CliMessageCode, params?: Record<string, string | number | undefined>) => string {
  return (code, params) => cliText(code, params)[lang];
}

/**
 * Commander's help in the user's language, through its public Help hooks: the
 * titles (styleTitle), `[options]`/`[command]` in usage lines, and the default
 * value note; the descriptions themselves come from core/messages.
 */
export function localizedHelp(lang: Lang): HelpConfiguration {
  const t = cliWords(lang);
  const titles: Record<string, string> = {
    'Usage:': t('help.usage'),
    'Options:': t('help.options'),
    'Global Options:': t('help.global-options'),
    'Commands:': t('help.commands'),
    'Arguments:': t('help.arguments'),
  };
  const words = (s: string) => s.replace(/\[options\]/g, t('help.options-word')).replace(/\[command\]/g, t('help.command-word'));
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    // Chinese characters take two columns in a terminal: counted as one, the descriptions after them would not line up.
    displayWidth: (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0),
    commandUsage(this: Help, cmd: Command) {
      return words(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return words(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(option: Option) {
      const shown = option.defaultValue !== undefined && (option.required || option.optional);
      const value = option.defaultValueDescription ?? String(option.defaultValue);
      return shown ? `${option.description}${lang === 'zh' ? '' : ' '}${t('help.default', { value })}` : option.description;
    },
  } as HelpConfiguration;
}

/** The quoted name in commander's message (`'--roster <file>'` → `--roster`). */
function quotedName(message: string): string {
  return (/'([^']+)'/.exec(message)?.[1] ?? '').split(' ')[0];
}

/**
 * What commander found wrong, in the user's language, from the error's code
 * (commander's own English text is not shown; only the name it quotes is
 * taken from it), with its suggestion and where to read the usage.
 */
export function commanderErrorText(error: CommanderError, lang: Lang, command: string): string {
  const t = cliWords(lang);
  const name = quotedName(error.message);
  const codes: Record<string, [CliMessageCode, Record<string, string>]> = {
    'commander.missingMandatoryOptionValue': ['cli.missing-option', { option: name }],
    'commander.optionMissingArgument': ['cli.missing-option-value', { option: name }],
    'commander.missingArgument': ['cli.missing-argument', { argument: name }],
    'commander.unknownOption': ['cli.unknown-option', { option: name }],
    'commander.unknownCommand': ['cli.unknown-command', { command: name }],
    'commander.excessArguments': ['cli.excess-arguments', {}],
  };
  const [code, params] = codes[error.code] ?? ['cli.bad-command-line', {}];
  const lines = [t(code, params)];
  const suggestion = /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1];
  if (suggestion) lines.push(t('cli.did-you-mean', { suggestion: suggestion.trim() }));
  lines.push(t('cli.see-help', { command }));
  return lines.join('\n');
}
