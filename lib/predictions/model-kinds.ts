// Every prediction model kind, defined for the registry: import this before loading or running models.
import './games/model-kinds';
import './players/model-kinds';
