#include "jobs/jobrunner.h"
