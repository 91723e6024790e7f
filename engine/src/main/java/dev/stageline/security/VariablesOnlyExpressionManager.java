package dev.stageline.security;

import java.lang.reflect.Method;
import java.util.Properties;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;

/**
 * The engine's expression language as blueprints may use it (DESIGN §3): an expression reads
 * process variables (and elements of lists, maps and arrays), compares and combines them —
 * {@code ${amount > 100 && accepted}} — and nothing else.
 *
 * <p>Unlike Camunda's own managers, which resolve Spring beans and engine objects and let any
 * object's methods be called, this one
 * <ul>
 *   <li>parses without method invocations, so {@code ${name.length()}} or
 *       {@code ${execution.getVariable('x')}} is not an expression at all;</li>
 *   <li>maps no functions ({@code now()}, {@code currentUser()} …);</li>
 *   <li>resolves a name only to a process variable: never a bean, {@code execution}, {@code task}
 *       or a service;</li>
 *   <li>has no bean resolver, so no getter of any object is reached ({@code ${''.class}}).</li>
 * </ul>
 */
class VariablesOnlyExpressionManager extends JuelExpressionManager {

  VariablesOnlyExpressionManager() {
    super(null);
    // explicit properties, so no el.properties file or system property can turn method calls back on
    Properties features = new Properties();
    features.setProperty(ExpressionFactoryImpl.PROP_METHOD_INVOCATIONS, "false");
    features.setProperty(ExpressionFactoryImpl.PROP_VAR_ARGS, "false");
    setExpressionFactory(new ExpressionFactoryImpl(ExpressionFactoryImpl.Profile.JEE5, features));
  }

  @Override
  public ValueExpression createValueExpression(String expression) {
    try {
      return super.createValueExpression(expression);
    } catch (ELException e) {
      throw new BadUserRequestException("The expression '" + expression + "' is refused: expressions may only"
          + " compare and combine process variables, without calling methods or functions (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void addFunction(String name, Method function) {
    // the engine offers dateTime(), now(), currentUser() …: blueprints call no functions
  }

  @Override
  protected FunctionMapper createFunctionMapper() {
    return new FunctionMapper() {
      @Override
      public Method resolveFunction(String prefix, String localName) {
        return null;
      }
    };
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new ProcessVariableElResolver());
    resolver.add(new ArrayELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new MapELResolver(true));
    return resolver;
  }
}
