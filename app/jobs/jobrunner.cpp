#include "jobs/jobrunner.h"

JobRunner::~JobRunner() = default;
