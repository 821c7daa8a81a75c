package vn.tochuc.web;

/**
 * Bad input in one named field of a form or API body: the message is a Vietnamese sentence fit to show beside
 * the field. A page form is shown again with the typed values; the API answers 400 naming the field.
 */
public class FieldInputException extends BadInputException {

    private final String field;

    public FieldInputException(String field, String vietnameseMessage) {
        super(vietnameseMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
