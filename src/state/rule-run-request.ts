/** The Rule cell's request is built by the host-neutral notebook core, as the CLI builds it. */
export {
  customRuleError,
  notebookCustomRulesResult,
  ruleRunRequest,
} from '../../core/notebook/rule-run-request';
