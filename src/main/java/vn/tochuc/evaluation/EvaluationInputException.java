package vn.tochuc.evaluation;

/**
 * A formula, a rule pack or subject inputs that cannot be used; the message is Vietnamese and names the
 * item and the rule.
 */
class EvaluationInputException extends RuntimeException {

    EvaluationInputException(String vietnameseMessage) {
        super(vietnameseMessage);
    }
}
