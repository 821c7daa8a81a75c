package vn.tochuc.evaluation;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.SimpleType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Translates a type-checked CEL AST into closures over {@code double[]} slots. Supported subset:
 * numeric and boolean constants, input references, {@code + - * /} on doubles, unary minus, comparisons,
 * {@code && || !}, the ternary operator, {@code min}/{@code max} and {@code double(x)}. Returns
 * {@code null} for anything else (integer division, strings, macros...), which then runs on CEL itself.
 */
final class FastExprTranslator {

    private final CelAbstractSyntaxTree ast;
    private final List<String> names;

    FastExprTranslator(CelAbstractSyntaxTree ast, List<String> names) {
        this.ast = ast;
        this.names = names;
    }

    @Nullable
    FastExpr translate() {
        try {
            return node(ast.getExpr());
        } catch (Unsupported e) {
            return null;
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private FastExpr node(CelExpr e) {
        switch (e.getKind()) {
            case CONSTANT -> {
                return constant(e.constant());
            }
            case IDENT -> {
                int i = names.indexOf(e.ident().name());
                if (i < 0) {
                    throw new Unsupported();
                }
                return FastExpr.slot(i);
            }
            case CALL -> {
                return call(e);
            }
            default -> throw new Unsupported();
        }
    }

    private static FastExpr constant(CelConstant c) {
        return switch (c.getKind()) {
            case DOUBLE_VALUE -> FastExpr.constant(c.doubleValue());
            case INT64_VALUE -> FastExpr.constant(c.int64Value());
            case BOOLEAN_VALUE -> FastExpr.constant(c.booleanValue() ? 1.0 : 0.0);
            default -> throw new Unsupported();
        };
    }

    private FastExpr call(CelExpr e) {
        var call = e.call();
        if (call.target().isPresent()) {
            throw new Unsupported();
        }
        List<CelExpr> args = call.args();
        String f = call.function();
        if (args.size() == 1) {
            FastExpr a = node(args.get(0));
            return switch (f) {
                case "-_" -> v -> -a.eval(v);
                case "!_" -> v -> a.eval(v) != 0.0 ? 0.0 : 1.0;
                case "double" -> a;
                default -> throw new Unsupported();
            };
        }
        if (args.size() == 3 && f.equals("_?_:_")) {
            FastExpr c = node(args.get(0));
            FastExpr t = node(args.get(1));
            FastExpr o = node(args.get(2));
            return v -> c.eval(v) != 0.0 ? t.eval(v) : o.eval(v);
        }
        if (args.size() != 2) {
            throw new Unsupported();
        }
        boolean intResult = ast.getType(e.id()).map(SimpleType.INT::equals).orElse(true);
        FastExpr a = node(args.get(0));
        FastExpr b = node(args.get(1));
        return switch (f) {
            case "_+_" -> v -> a.eval(v) + b.eval(v);
            case "_-_" -> v -> a.eval(v) - b.eval(v);
            case "_*_" -> v -> a.eval(v) * b.eval(v);
            case "_/_" -> {
                if (intResult) {
                    throw new Unsupported(); // CEL integer division truncates and fails on zero
                }
                yield v -> a.eval(v) / b.eval(v);
            }
            case "_<_" -> v -> a.eval(v) < b.eval(v) ? 1.0 : 0.0;
            case "_<=_" -> v -> a.eval(v) <= b.eval(v) ? 1.0 : 0.0;
            case "_>_" -> v -> a.eval(v) > b.eval(v) ? 1.0 : 0.0;
            case "_>=_" -> v -> a.eval(v) >= b.eval(v) ? 1.0 : 0.0;
            case "_==_" -> v -> a.eval(v) == b.eval(v) ? 1.0 : 0.0;
            case "_!=_" -> v -> a.eval(v) != b.eval(v) ? 1.0 : 0.0;
            case "_&&_" -> v -> a.eval(v) != 0.0 && b.eval(v) != 0.0 ? 1.0 : 0.0;
            case "_||_" -> v -> a.eval(v) != 0.0 || b.eval(v) != 0.0 ? 1.0 : 0.0;
            case "min" -> v -> Math.min(a.eval(v), b.eval(v));
            case "max" -> v -> Math.max(a.eval(v), b.eval(v));
            default -> throw new Unsupported();
        };
    }
}
