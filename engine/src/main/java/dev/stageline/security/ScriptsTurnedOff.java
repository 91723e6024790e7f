package dev.stageline.security;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * Script execution off (DESIGN §3). The engine makes every script of a BPMN file — script task,
 * script listener, script condition, script input/output mapping — through its script factory
 * while it parses the file, so a factory that refuses makes such a deployment fail. The engine
 * resolver that finds no script engine covers whatever asks for one directly.
 */
final class ScriptsTurnedOff {

  private ScriptsTurnedOff() {
  }

  static BadUserRequestException refusal(String language) {
    return new BadUserRequestException("Scripts are turned off in Stageline: nothing may run a script (language '"
        + language + "'). Use a plain expression over process variables, e.g. ${amount > 100}.");
  }

  /** Makes no script: every request is refused with {@link #refusal}. */
  static final class Factory extends ScriptFactory {

    @Override
    public ExecutableScript createScriptFromResource(String language, String resource) {
      throw refusal(language);
    }

    @Override
    public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
      throw refusal(language);
    }

    @Override
    public ExecutableScript createScriptFromSource(String language, String source) {
      throw refusal(language);
    }

    @Override
    public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
      throw refusal(language);
    }
  }

  /** Finds no script engine for any language. */
  static final class Resolver implements ScriptEngineResolver {

    private final ScriptEngineManager manager = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
      // no engine is added: scripts stay off
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
      return manager;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
      throw refusal(language);
    }
  }
}
