package vn.tochuc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every field that names its column ({@link FitsColumn}) before the controller runs: request
 * parameters and the components of {@code @ModelAttribute} form records (as an interceptor), and the
 * components of {@code @RequestBody} records (as body advice). A value longer than its column is refused with
 * a Vietnamese message naming the field (the form again, or 400 problem JSON), never a database error.
 */
@ControllerAdvice
class ColumnLimitCheck extends RequestBodyAdviceAdapter implements HandlerInterceptor, SmartInitializingSingleton {

    private final ColumnLimitRepository columns;

    ColumnLimitCheck(ColumnLimitRepository columns) {
        this.columns = columns;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ColumnLimits.load(columns.textColumns());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        for (MethodParameter p : method.getMethodParameters()) {
            FitsColumn fits = p.getParameterAnnotation(FitsColumn.class);
            if (fits != null) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                String name = rp != null && !rp.name().isEmpty()
                        ? rp.name()
                        : rp != null && !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                if (name != null) {
                    ColumnLimits.require(name, fits.value(), request.getParameter(name));
                }
            } else if (p.getParameterType().isRecord() && p.hasParameterAnnotation(ModelAttribute.class)) {
                for (RecordComponent c : p.getParameterType().getRecordComponents()) {
                    FitsColumn f = c.getAnnotation(FitsColumn.class);
                    if (f != null) {
                        ColumnLimits.require(c.getName(), f.value(), request.getParameter(c.getName()));
                    }
                }
            }
        }
        return true;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord();
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        check(body);
        return body;
    }

    private static void check(@Nullable Object body) {
        if (body == null || !body.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : body.getClass().getRecordComponents()) {
            FitsColumn f = c.getAnnotation(FitsColumn.class);
            if (f == null) {
                continue;
            }
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true); // request records are package-private in their module
                Object v = accessor.invoke(body);
                ColumnLimits.require(c.getName(), f.value(), v == null ? null : v.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
