package vn.tochuc.web;

/**
 * Input a user can correct: answered with 400 and the message, which must already be a clear Vietnamese
 * sentence naming what is wrong (for example the unit and the rule).
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String vietnameseMessage) {
        super(vietnameseMessage);
    }
}
