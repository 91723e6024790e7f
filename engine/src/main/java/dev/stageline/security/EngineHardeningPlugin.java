package dev.stageline.security;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Defence in depth behind blueprint validation (DESIGN §3), holding even for a file that slips
 * past it: expressions read process variables only ({@link VariablesOnlyExpressionManager}), and
 * no script can run ({@link ScriptsTurnedOff}). The other engine settings of the hardening —
 * XML entities, expressions in queries, Java serialization, the query result cap — are in
 * {@code application.yml}.
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // an empty bean map, in case anything builds another expression manager from the configuration
    configuration.setBeans(Map.of());
    // replaces the Spring expression manager, which resolves every bean of the context
    configuration.setExpressionManager(new VariablesOnlyExpressionManager());
    configuration.setScriptFactory(new ScriptsTurnedOff.Factory());
    configuration.setScriptEngineResolver(new ScriptsTurnedOff.Resolver());
  }
}
