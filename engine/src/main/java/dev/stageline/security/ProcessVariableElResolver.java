package dev.stageline.security;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * Resolves a top-level name in an expression to the process variable of that name, read-only.
 * Names that are no variable stay unresolved (the engine then reports an unknown property), so
 * {@code execution}, {@code task} or a bean name never reach an object.
 */
final class ProcessVariableElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    if (context.getContext(VariableScope.class) instanceof VariableScope scope && scope.hasVariable(name)) {
      context.setPropertyResolved(true);
      return scope.getVariable(name);
    }
    if (context.getContext(VariableContext.class) instanceof VariableContext variables
        && variables.containsVariable(name)) {
      context.setPropertyResolved(true);
      TypedValue value = variables.resolve(name);
      return value == null ? null : value.getValue();
    }
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (base == null) {
      throw new PropertyNotWritableException("Expressions may not change the variable '" + property + "'.");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }
}
