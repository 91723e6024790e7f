package dev.stageline.security;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Defence in depth behind blueprint validation (DESIGN §3): expressions in a running blueprint
 * see process variables only, never the application's Spring beans.
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // an empty bean map replaces the resolver that would expose every bean of the context
    configuration.setBeans(Map.of());
  }
}
