package vn.tochuc.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text column ({@code table.column}) a form field, request parameter or API body field is stored in. Its
 * length is checked against that column before the controller runs ({@link ColumnLimitCheck}) and the page
 * writes the same limit as {@code maxlength} ({@link ColumnLimits#max}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface FitsColumn {

    /** {@code table.column}, as created by the migrations. */
    String value();
}
