import type { Status } from '../judge/judge';
import { cited } from './cited';
import { conflicting } from './conflicting';
import type { Rule } from './rule';
import { supported } from './supported';
import { unsupported } from './unsupported';

export const RULES: readonly Rule[] = [unsupported, conflicting, cited, supported];

export const RULE_BY_STATUS: Record<Status, Rule> = { supported, conflicting, cited, unsupported };

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
