package vn.tochuc.evaluation;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CEL is the one language in which admins write formulas and grade conditions (bộ tiêu chí). This class
 * type-checks a formula against the declared inputs (all {@code double}), translates CEL's errors into
 * Vietnamese, and turns the checked AST into a {@link FastExpr}: the supported subset is compiled to
 * closures ({@link FastExprTranslator}); anything else runs on the CEL interpreter.
 */
final class CelFormulas {

    /** Result type expected of an expression. */
    enum Kind {
        NUMBER,
        CONDITION
    }

    private static final CelFunctionDecl MIN = CelFunctionDecl.newFunctionDeclaration(
            "min",
            CelOverloadDecl.newGlobalOverload(
                    "min_double_double", SimpleType.DOUBLE, SimpleType.DOUBLE, SimpleType.DOUBLE));
    private static final CelFunctionDecl MAX = CelFunctionDecl.newFunctionDeclaration(
            "max",
            CelOverloadDecl.newGlobalOverload(
                    "max_double_double", SimpleType.DOUBLE, SimpleType.DOUBLE, SimpleType.DOUBLE));
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder()
            .addFunctionBindings(
                    CelFunctionBinding.from("min_double_double", Double.class, Double.class, Math::min),
                    CelFunctionBinding.from("max_double_double", Double.class, Double.class, Math::max))
            .build();

    private final List<String> names;
    private final CelCompiler compiler;
    private final boolean interpretOnly;

    /** @param names the variables in slot order (inputs, then numeric pack parameters) */
    CelFormulas(List<String> names) {
        this(names, false);
    }

    /** @param interpretOnly run every formula on CEL's interpreter (the benchmark baseline) */
    CelFormulas(List<String> names, boolean interpretOnly) {
        this.interpretOnly = interpretOnly;
        this.names = List.copyOf(names);
        var builder = CelCompilerFactory.standardCelCompilerBuilder().addFunctionDeclarations(MIN, MAX);
        for (String n : names) {
            builder.addVar(n, SimpleType.DOUBLE);
        }
        this.compiler = builder.build();
    }

    /** A type-checked formula, ready for the fast path and for the CEL interpreter. */
    record Compiled(
            String source, CelAbstractSyntaxTree ast, FastExpr fast, boolean native_, CelRuntime.Program program) {}

    /**
     * Compiles and type-checks; throws {@link EvaluationInputException} with a Vietnamese message naming
     * {@code where} (the item and rule) when the formula is wrong.
     */
    Compiled compile(String source, Kind kind, String where) {
        if (source == null || source.isBlank()) {
            throw new EvaluationInputException(where + ": công thức trống.");
        }
        CelValidationResult result = compiler.compile(source);
        if (result.hasError()) {
            throw new EvaluationInputException(
                    where + ": công thức «" + source + "» không hợp lệ: " + vietnamese(result.getErrors()));
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = result.getAst();
        } catch (CelValidationException e) {
            throw new EvaluationInputException(where + ": công thức không hợp lệ: " + vietnamese(e.getErrors()));
        }
        CelType type = ast.getResultType();
        boolean ok = kind == Kind.CONDITION
                ? type.equals(SimpleType.BOOL)
                : type.equals(SimpleType.DOUBLE) || type.equals(SimpleType.INT);
        if (!ok) {
            throw new EvaluationInputException(where + ": công thức «" + source + "» cho kết quả kiểu "
                    + type.name() + ", cần " + (kind == Kind.CONDITION ? "điều kiện đúng/sai (bool)" : "số (double)")
                    + ".");
        }
        CelRuntime.Program program;
        try {
            program = RUNTIME.createProgram(ast);
        } catch (CelEvaluationException e) {
            throw new EvaluationInputException(where + ": không tạo được chương trình cho công thức «" + source + "».");
        }
        FastExpr fast = interpretOnly ? null : new FastExprTranslator(ast, names).translate();
        boolean isNative = fast != null;
        if (fast == null) {
            fast = interpreted(program, names);
        }
        return new Compiled(source, ast, fast, isNative, program);
    }

    /** Runs the formula on the CEL interpreter (the fallback and the benchmark baseline). */
    static FastExpr interpreted(CelRuntime.Program program, List<String> names) {
        String[] vars = names.toArray(String[]::new);
        return slots -> {
            Map<String, Object> activation = new HashMap<>(vars.length * 2);
            for (int i = 0; i < vars.length; i++) {
                activation.put(vars[i], slots[i]);
            }
            Object out;
            try {
                out = program.eval(activation);
            } catch (CelEvaluationException e) {
                throw new EvaluationInputException("Lỗi khi tính công thức: " + e.getMessage());
            }
            if (out instanceof Boolean b) {
                return b ? 1.0 : 0.0;
            }
            return ((Number) out).doubleValue();
        };
    }

    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'");
    private static final Pattern OVERLOAD =
            Pattern.compile("found no matching overload for '([^']*)' applied to '\\(([^)]*)\\)'");

    /** CEL's English messages in Vietnamese, with the line and column. */
    static String vietnamese(List<CelIssue> issues) {
        StringBuilder sb = new StringBuilder();
        for (CelIssue issue : issues) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            String m = issue.getMessage();
            Matcher u = UNDECLARED.matcher(m);
            Matcher o = OVERLOAD.matcher(m);
            String text;
            if (u.find()) {
                text = "biến «" + u.group(1) + "» chưa được khai báo trong danh sách đầu vào";
            } else if (o.find()) {
                text = "không dùng được phép toán «" + operator(o.group(1)) + "» cho các kiểu (" + o.group(2) + ")"
                        + (o.group(2).contains("int") ? "; hãy viết số thực, ví dụ 2.0 thay cho 2" : "");
            } else if (m.contains("Syntax error") || m.contains("mismatched input") || m.contains("extraneous")) {
                text = "lỗi cú pháp (" + m + ")";
            } else {
                text = m;
            }
            sb.append("dòng ")
                    .append(issue.getSourceLocation().getLine())
                    .append(", cột ")
                    .append(issue.getSourceLocation().getColumn() + 1)
                    .append(": ")
                    .append(text);
        }
        return sb.append('.').toString();
    }

    private static String operator(String celName) {
        return celName.replace("_", "").isEmpty() ? celName : celName.replace("_", "");
    }
}
